using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>getCampaignsForSource</c>: lists the smart campaigns that can be requested through the API or by Sales Insight.</summary>
/// <remarks>Repeat-safety: <see cref="RepeatSafety.Safe"/>. It only reads.</remarks>
internal static class GetCampaignsForSourceOperation
{
    public const string Name = "getCampaignsForSource";
    private const string ActivityName = "MarketoSoapClient.GetCampaignsForSource";
    private const string ParamName = "request";

    public static PreparedCall<GetCampaignsForSourceResult> Prepare(GetCampaignsForSourceRequest request)
    {
        Validate(request);
        var body = ToProxy(request);
        return new(
            Name,
            ActivityName,
            0,
            RepeatSafety.Safe,
            async (port, header) => ToResult((await port.getCampaignsForSourceAsync(new(header, body)).ConfigureAwait(false))?.successGetCampaignsForSource));
    }

    internal static void Validate(GetCampaignsForSourceRequest request)
    {
        ProgramTokens.ValidateSource(request.Source, ParamName);
        RequestGuard.Field(request.Name, nameof(request.Name), ParamName, required: false);
    }

    internal static Proxy.ParamsGetCampaignsForSource ToProxy(GetCampaignsForSourceRequest request) => new()
    {
        source = ProgramTokens.ToProxy(request.Source),
        name = request.Name,
        exactName = request.ExactName,
        exactNameSpecified = request.ExactName.HasValue,
    };

    internal static GetCampaignsForSourceResult ToResult(Proxy.SuccessGetCampaignsForSource? answer)
    {
        // returnCount is not checked against the list: the list is what the caller can use.
        var records = AnswerGuard.Required(answer?.result, "result", Name).campaignRecordList ?? [];
        var campaigns = new Campaign[records.Length];
        for (var i = 0; i < campaigns.Length; i++)
        {
            var record = AnswerGuard.Status(records[i], i, Name);
            campaigns[i] = new Campaign(record.id, record.name ?? string.Empty, record.description ?? string.Empty);
        }

        return new GetCampaignsForSourceResult(campaigns);
    }
}
