namespace Marketo.Soap.Testing.Seeds;

/// <summary>The whole store as a seed: what is saved to a state folder and what the admin API reads.</summary>
internal static class StoreSnapshot
{
    public static SeedDocument Take(MarketoEmulatorStore store)
    {
        lock (store.Gate)
        {
            return new SeedDocument
            {
                LeadFields = [.. store.CustomLeadFields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new SeedLeadField(f.Key, f.Value))],
                TagTypes = store.TagTypes,
                Leads = store.Leads,
                Programs = store.Programs,
                Opportunities = store.Opportunities,
                OpportunityPersonRoles = store.OpportunityPersonRoles,
                StaticLists = store.StaticLists,
                Campaigns = store.Campaigns,
                Activities = [.. store.Activities.All.Select(SeedActivity.From)],
                CampaignRuns = store.CampaignRuns,
                Channels = store.Channels,
                CustomObjectTypes = store.CustomObjectTypes,
                CustomObjects = store.CustomObjects,
            };
        }
    }
}
