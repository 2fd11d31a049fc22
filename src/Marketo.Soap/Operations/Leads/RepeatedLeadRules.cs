using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>Refuses a call that names the same lead twice.</summary>
/// <remarks>
/// What Marketo does with one lead twice in a call is not documented (which values win, whether
/// the second is CREATED as a duplicate, facts §2.7 and §7), and the results could not tell the
/// two apart. The caller merges them into one record, or sends them in separate calls.
/// </remarks>
internal static class RepeatedLeadRules
{
    /// <param name="leads">The call's leads, each already validated.</param>
    /// <param name="dedupEnabled">The call's dedup flag: with false, Email is no match key (facts §2.7), so repeated emails are new leads, not one lead twice.</param>
    /// <param name="paramName">The request parameter's name.</param>
    public static void RefuseRepeatedKeys(LeadRecord[] leads, bool? dedupEnabled, string paramName)
    {
        HashSet<int>? ids = null;
        HashSet<(string, ForeignSystemType)>? foreignIds = null;
        HashSet<string>? emails = null;

        for (var i = 0; i < leads.Length; i++)
        {
            // The key Marketo matches on (facts §2.7): Id wins, then the foreign system id, then
            // Email when dedup is on. Only that key is compared.
            var lead = leads[i];
            if (lead.Id is { } id)
            {
                if (!(ids ??= []).Add(id))
                {
                    throw RequestGuard.RepeatedKey(leads, i, "Id", static (earlier, later) => earlier.Id == later.Id, "lead", paramName);
                }
            }
            else if (lead.ForeignSysPersonId is { } foreignId)
            {
                var type = lead.ForeignSysType.GetValueOrDefault();
                if (!(foreignIds ??= []).Add((foreignId, type)))
                {
                    throw RequestGuard.RepeatedKey(leads, i, "ForeignSysPersonId", static (earlier, later) => earlier.Id is null && earlier.ForeignSysPersonId == later.ForeignSysPersonId && earlier.ForeignSysType == later.ForeignSysType, "lead", paramName);
                }
            }
            else if (dedupEnabled != false && lead.Email is { } email)
            {
                // An assumption: addresses that differ only in case are one address to Marketo.
                if (!(emails ??= new(StringComparer.OrdinalIgnoreCase)).Add(email))
                {
                    throw RequestGuard.RepeatedKey(leads, i, "Email", static (earlier, later) => earlier.Id is null && earlier.ForeignSysPersonId is null && string.Equals(earlier.Email, later.Email, StringComparison.OrdinalIgnoreCase), "lead", paramName);
                }
            }
        }
    }
}
