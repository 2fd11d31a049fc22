using System.Xml.Linq;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>One page of activities, with how many remain after it.</summary>
internal sealed record ActivityPage(IReadOnlyList<StoredActivity> Records, int Remaining)
{
    public int? LastId => Records.Count > 0 ? Records[^1].Id : null;

    /// <summary>The <c>batchSize</c>: absent means <paramref name="absent"/>, more than <paramref name="max"/> is cut to it (assumptions), below 1 is refused.</summary>
    /// <exception cref="SoapFault">20110 for a batch size below 1.</exception>
    public static int BatchSize(XElement parameters, int max, int absent)
    {
        var size = Math.Min(WireValues.Int(parameters, "batchSize") ?? absent, max);
        return size >= 1 ? size : throw SoapFault.Marketo(20110, "Input error: batchSize must be at least 1");
    }

    /// <exception cref="SoapFault">20123 when a position with an offset has nothing left after it.</exception>
    public static ActivityPage Take(IEnumerable<StoredActivity> chosen, int batchSize, ActivityStreamPosition position)
    {
        var all = chosen.ToList();
        if (position.AfterId is not null && all.Count == 0)
        {
            throw SoapFault.Marketo(20123, "Stream at end: no activities remain after this position");
        }

        var records = all.Take(batchSize).ToList();
        return new ActivityPage(records, all.Count - records.Count);
    }
}
