using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>The proxy objects of one syncMObjects body, refilled call after call (see <see cref="ProxyReuse{TBatch}"/>).</summary>
internal sealed class MObjectProxyBatch : IProxyBatch
{
    private readonly Proxy.ParamsSyncMObjects _body = new();

    /// <summary>The body for <paramref name="objects"/>, as <see cref="SyncMObjectsOperation.ToProxy(MObjectRecord[], MObjectOperation)"/> maps it.</summary>
    public Proxy.ParamsSyncMObjects Fill(MObjectRecord[] objects, Proxy.SyncOperationEnum operation)
    {
        var records = ProxyArrays.Exactly(_body.mObjectList, objects.Length);
        for (var i = 0; i < records.Length; i++)
        {
            MObjectRecordMapping.Fill(records[i], objects[i]);
        }

        _body.mObjectList = records;
        _body.operation = operation;
        return _body;
    }

    public void Clear()
    {
        foreach (var record in _body.mObjectList ?? [])
        {
            MObjectRecordMapping.Clear(record);
        }
    }
}
