namespace Marketo.Soap.Testing.Seeds;

/// <summary>Puts a seed into a store, all of it or nothing.</summary>
internal static class SeedLoader
{
    /// <summary>Applies <paramref name="seed"/> to <paramref name="store"/>; on a bad record the store is put back as it was.</summary>
    /// <exception cref="ArgumentException">A record cannot be stored (a taken id, an unknown tag, a role without its lead...); the message says which.</exception>
    public static void Apply(MarketoEmulatorStore store, SeedDocument seed)
    {
        var before = StoreSnapshot.Take(store);
        try
        {
            ApplyParts(store, seed);
        }
        catch (ArgumentException)
        {
            store.Clear();
            ApplyParts(store, before);
            throw;
        }
    }

    private static void ApplyParts(MarketoEmulatorStore store, SeedDocument seed)
    {
        Each(seed.LeadFields, "leadFields", f => store.AddLeadField(f.Name, f.DataType));
        foreach (var (type, values) in seed.TagTypes)
        {
            Guard($"tagTypes.{type}", () => store.AddTagType(type, [.. values]));
        }

        Each(seed.Channels, "channels", c => store.AddChannel(c));
        Each(seed.Leads, "leads", l => store.AddLead(l));
        Each(seed.Programs, "programs", p => store.AddProgram(p));
        Each(seed.Opportunities, "opportunities", o => store.AddOpportunity(o));
        Each(seed.OpportunityPersonRoles, "opportunityPersonRoles", r => store.AddOpportunityPersonRole(r));
        Each(seed.StaticLists, "staticLists", l => store.AddStaticList(l));
        Each(seed.Campaigns, "campaigns", c => store.AddCampaign(c));
        Each(seed.Activities, "activities", a => store.RestoreActivity(a.ToStored()));
        Each(seed.CampaignRuns, "campaignRuns", r => store.RestoreCampaignRun(r));
        Each(seed.CustomObjectTypes, "customObjectTypes", t => store.AddCustomObjectType(t));
        Each(seed.CustomObjects, "customObjects", o => store.AddCustomObject(o));
    }

    private static void Each<T>(IReadOnlyList<T> items, string part, Action<T> add)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            Guard($"{part}[{i}]", () => add(item));
        }
    }

    private static void Guard(string where, Action add)
    {
        try
        {
            add();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Seed {where}: {e.Message}", e);
        }
    }
}
