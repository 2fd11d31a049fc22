using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>scheduleCampaign</c>: schedules a program's batch smart campaign to run now or at a given time.</summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.OnlyWhenUnapplied"/>. A repeat of a schedule that
/// was applied but whose answer was lost can schedule a second run, which sends its emails twice.</para>
/// <para>The docs' <c>cloneToProgramName</c> is not in the 2_3 schema and is never sent.</para>
/// </remarks>
internal static class ScheduleCampaignOperation
{
    public const string Name = "scheduleCampaign";
    private const string ActivityName = "MarketoSoapClient.ScheduleCampaign";
    private const string ParamName = "request";

    public static PreparedCall<ScheduleCampaignResult> Prepare(ScheduleCampaignRequest request)
    {
        // Read once: validation and the body use this copy (see RequestGuard.ReadBatch).
        var tokens = Validate(request);
        var body = ToProxy(request, tokens);
        return new(
            Name,
            ActivityName,
            0,
            RepeatSafety.OnlyWhenUnapplied,
            async (port, header) => new ScheduleCampaignResult(
                AnswerGuard.Required((await port.scheduleCampaignAsync(new(header, body)).ConfigureAwait(false))?.successScheduleCampaign?.result, "result", Name).success));
    }

    /// <returns>The request's tokens, copied once from the caller's list and all valid.</returns>
    internal static ProgramToken[] Validate(ScheduleCampaignRequest request)
    {
        RequestGuard.Field(request.ProgramName, nameof(request.ProgramName), ParamName, required: true);
        RequestGuard.Field(request.CampaignName, nameof(request.CampaignName), ParamName, required: true);
        return ProgramTokens.Read(request.Tokens, ParamName);
    }

    internal static Proxy.ParamsScheduleCampaign ToProxy(ScheduleCampaignRequest request, ProgramToken[] tokens) => new()
    {
        programName = request.ProgramName,
        campaignName = request.CampaignName,

        // A UTC DateTime is written with a Z, so the instant is the caller's whatever the offset.
        campaignRunAt = request.RunAt?.UtcDateTime,
        campaignRunAtSpecified = request.RunAt.HasValue,
        programTokenList = ProgramTokens.ToProxy(tokens),
    };
}
