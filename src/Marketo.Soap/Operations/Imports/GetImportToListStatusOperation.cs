using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>getImportToListStatus</c>: reads the state and row counts of a list's import.</summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. It only reads.</para>
/// <para>The schema makes both names optional, the documentation requires both: both are required
/// here, since an import is known only by its program and list.</para>
/// </remarks>
internal static class GetImportToListStatusOperation
{
    public const string Name = "getImportToListStatus";
    private const string ActivityName = "MarketoSoapClient.GetImportToListStatus";
    private const string ParamName = "request";

    public static PreparedCall<GetImportToListStatusResult> Prepare(GetImportToListStatusRequest request)
    {
        Validate(request);
        var body = new Proxy.ParamsGetImportToListStatus { programName = request.ProgramName, listName = request.ListName };
        return new(
            Name,
            ActivityName,
            0,
            RepeatSafety.Safe,
            async (port, header) => ToResult((await port.getImportToListStatusAsync(new(header, body)).ConfigureAwait(false))?.successGetImportToListStatus));
    }

    internal static void Validate(GetImportToListStatusRequest request)
    {
        RequestGuard.Field(request.ProgramName, nameof(request.ProgramName), ParamName, required: true);
        RequestGuard.Field(request.ListName, nameof(request.ListName), ParamName, required: true);
    }

    internal static GetImportToListStatusResult ToResult(Proxy.SuccessGetImportToListStatus? answer)
    {
        var result = AnswerGuard.Required(answer?.result, "result", Name);
        var text = result.status ?? string.Empty;

        // Empty, nil and absent all mean "no value" (contract §10); XmlSerializer gives null for each.
        return new GetImportToListStatusResult(
            ImportToListOperation.ParseStatus(text),
            text,
            result.startedTime is { } started ? WireTime.FromWire(started) : null,
            result.endedTime is { } ended ? WireTime.FromWire(ended) : null,
            result.estimatedTime,
            result.estimatedRows,
            result.rowsImported,
            result.rowsFailed,
            result.rowsIgnored,
            string.IsNullOrEmpty(result.importSummary) ? null : result.importSummary);
    }
}
