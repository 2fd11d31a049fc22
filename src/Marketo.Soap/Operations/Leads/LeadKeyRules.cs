using System.Globalization;
using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>Refuses a call that names the same lead twice.</summary>
/// <remarks>
/// What Marketo does with one lead twice in a call is not documented (which values win, whether
/// the second is CREATED as a duplicate, facts §2.7 and §7), and the results could not tell the
/// two apart. The caller merges them into one record, or sends them in separate calls.
/// </remarks>
internal static class LeadKeyRules
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
                    throw Repeated(leads, i, "Id", other => other.Id == id, paramName);
                }
            }
            else if (lead.ForeignSysPersonId is { } foreignId)
            {
                var type = lead.ForeignSysType.GetValueOrDefault();
                if (!(foreignIds ??= []).Add((foreignId, type)))
                {
                    throw Repeated(leads, i, "ForeignSysPersonId", other => other.Id is null && other.ForeignSysPersonId == foreignId && other.ForeignSysType == type, paramName);
                }
            }
            else if (dedupEnabled != false && lead.Email is { } email)
            {
                // An assumption: addresses that differ only in case are one address to Marketo.
                if (!(emails ??= new(StringComparer.OrdinalIgnoreCase)).Add(email))
                {
                    throw Repeated(leads, i, "Email", other => other.Id is null && other.ForeignSysPersonId is null && string.Equals(other.Email, email, StringComparison.OrdinalIgnoreCase), paramName);
                }
            }
        }
    }

    private static MarketoRequestValidationException Repeated(LeadRecord[] leads, int index, string field, Func<LeadRecord, bool> sameKey, string paramName)
    {
        var first = Array.FindIndex(leads, 0, index, lead => sameKey(lead));
        return RequestGuard.Invalid(
            index,
            field,
            string.Create(CultureInfo.InvariantCulture, $"names the same lead as record {first}; Marketo's handling of one lead twice in a call is undocumented, so merge them into one record or send them in separate calls"),
            paramName);
    }
}
