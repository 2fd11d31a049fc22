using System.ServiceModel;
using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary>
/// <c>getLead</c>: reads every lead that matches one key, with all its fields.
/// </summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. A read changes nothing in Marketo.</para>
/// <para>Marketo answers a key that matches no lead with fault 20103 instead of an empty list.
/// Most callers use <c>getLead</c> to ask whether a lead exists, so that one fault becomes a
/// result with no leads here; every other fault reaches the caller as usual.</para>
/// </remarks>
internal static class GetLeadOperation
{
    public const string Name = "getLead";
    private const string ActivityName = "MarketoSoapClient.GetLead";
    private const string ParamName = "request";

    private static readonly GetLeadResult NotFound = new([]);

    public static PreparedCall<GetLeadResult> Prepare(GetLeadRequest request)
    {
        LeadKeyRules.Validate(request.Key, nameof(request.Key), ParamName);
        var body = new Proxy.ParamsGetLead { leadKey = LeadKeyMapping.ToProxy(request.Key) };
        return new(
            Name,
            ActivityName,
            recordCount: 0,
            RepeatSafety.Safe,
            async (port, header) =>
            {
                try
                {
                    return ToResult((await port.getLeadAsync(new(header, body)).ConfigureAwait(false))?.successGetLead);
                }
                catch (FaultException fault) when (ServiceFault.Read(fault.CreateMessageFault()).Code == MarketoErrorCode.LeadNotFound.Value)
                {
                    return NotFound;
                }
            });
    }

    internal static GetLeadResult ToResult(Proxy.SuccessGetLead? answer)
    {
        var result = AnswerGuard.Required(answer?.result, "result", Name);
        var records = result.leadRecordList ?? [];
        var leads = new LeadRecord[records.Length];
        for (var i = 0; i < leads.Length; i++)
        {
            leads[i] = LeadRecordMapping.FromProxy(records[i]);
        }

        return new GetLeadResult(leads);
    }
}
