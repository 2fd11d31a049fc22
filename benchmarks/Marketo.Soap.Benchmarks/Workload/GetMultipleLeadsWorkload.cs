using Marketo.Soap.Models;

namespace Marketo.Soap.Benchmarks.Workload;

/// <summary>
/// The getMultipleLeads page the benchmarks read: a static list by id, five fields asked for, and
/// Marketo's answer of one full page of leads with nothing remaining.
/// </summary>
internal static class GetMultipleLeadsWorkload
{
    public static GetMultipleLeadsRequest Request(int count) => new()
    {
        Selector = new StaticListSelector { ListId = 1001 },
        IncludeAttributes = LeadRecordAnswer.AttributeNames,
        BatchSize = count,
    };

    /// <summary>The first page of the read, as a reader that goes page by page takes it.</summary>
    public static async Task<MarketoPage<LeadRecord>> FirstPageAsync(MarketoSoapClient client, GetMultipleLeadsRequest request)
    {
        await foreach (var page in client.GetMultipleLeadsAsync(request).AsPages().ConfigureAwait(false))
        {
            return page;
        }

        throw new InvalidOperationException("The read returned no page.");
    }

    public static byte[] Response(int count)
    {
        const string Success = "successGetMultipleLeads";
        var xml = SoapAnswer.Start(Success, 400 + (count * 900))
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"        <returnCount>{count}</returnCount>\n        <remainingCount>0</remainingCount>\n        <newStreamPosition/>\n        <leadRecordList>\n");
        for (var i = 0; i < count; i++)
        {
            LeadRecordAnswer.Append(xml, i, 10);
        }

        xml.Append("        </leadRecordList>\n");
        return SoapAnswer.End(xml, Success);
    }
}
