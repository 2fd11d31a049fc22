using Marketo.Soap.Models;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>
/// The proxy objects of one requestCampaign body, refilled call after call (see <see cref="ProxyReuse{TBatch}"/>):
/// its up to 100 lead keys were a third of what such a call allocated.
/// </summary>
internal sealed class CampaignProxyBatch : IProxyBatch
{
    private readonly Proxy.ParamsRequestCampaign _body = new();

    /// <summary>The body for the request, as <see cref="RequestCampaignOperation.ToProxy"/> maps it.</summary>
    public Proxy.ParamsRequestCampaign Fill(RequestCampaignRequest request, LeadKey[] leads, ProgramToken[] tokens)
    {
        var keys = ProxyArrays.Exactly(_body.leadList, leads.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i].keyType = LeadKeyMapping.ToProxy(leads[i].Type);
            keys[i].keyValue = leads[i].Value;
        }

        _body.source = ProgramTokens.ToProxy(request.Source);
        _body.campaignId = request.CampaignId;
        _body.campaignIdSpecified = request.CampaignId.HasValue;
        _body.leadList = keys;
        _body.programName = request.ProgramName;
        _body.campaignName = request.CampaignName;
        _body.programTokenList = ProgramTokens.ToProxy(tokens);
        return _body;
    }

    public void Clear()
    {
        foreach (var key in _body.leadList ?? [])
        {
            key.keyValue = null;
        }

        _body.programName = null;
        _body.campaignName = null;
        _body.programTokenList = null;
    }
}
