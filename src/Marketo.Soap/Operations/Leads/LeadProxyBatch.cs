using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>The proxy objects of one syncMultipleLeads body, refilled call after call (see <see cref="ProxyReuse{TBatch}"/>).</summary>
internal sealed class LeadProxyBatch : IProxyBatch
{
    private readonly Proxy.ParamsSyncMultipleLeads _body = new();

    /// <summary>The body for <paramref name="leads"/>, as <see cref="SyncMultipleLeadsOperation.ToProxy"/> maps it.</summary>
    public Proxy.ParamsSyncMultipleLeads Fill(LeadRecord[] leads, bool? dedupEnabled)
    {
        var records = ProxyArrays.Exactly(_body.leadRecordList, leads.Length);
        for (var i = 0; i < records.Length; i++)
        {
            LeadRecordMapping.Fill(records[i], leads[i]);
        }

        _body.leadRecordList = records;
        _body.dedupEnabled = dedupEnabled;
        _body.dedupEnabledSpecified = dedupEnabled.HasValue;
        return _body;
    }

    public void Clear()
    {
        foreach (var record in _body.leadRecordList ?? [])
        {
            LeadRecordMapping.Clear(record);
        }
    }
}
