using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>importToList</c>: starts an asynchronous import of CSV-shaped rows into a program's static list.</summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.OnlyWhenUnapplied"/>. A repeat of an import that
/// was applied but whose answer was lost starts a second import of the same rows: Marketo documents
/// that an import can log data-value changes and trigger campaigns even when nothing changed, token
/// columns feed the named campaign's next run again, and a second import of a list whose first is
/// still running may fail or be reported instead of it. What happened is read with
/// <c>getImportToListStatus</c>, never by importing again.</para>
/// <para><c>clearList</c> and <c>campaignName</c> are required by the schema though the
/// documentation calls them optional: both are always sent, <c>campaignName</c> as <c>xsi:nil</c>
/// when unused. Columns are display names (<c>Email Address</c>), which the client cannot check.</para>
/// </remarks>
internal static class ImportToListOperation
{
    public const string Name = "importToList";
    private const string ActivityName = "MarketoSoapClient.ImportToList";
    private const string ParamName = "request";

    public static PreparedCall<ImportToListResult> Prepare(ImportToListRequest request)
    {
        // Read once: validation and the body use these copies (see RequestGuard.ReadBatch).
        var (columns, rows) = Validate(request);
        var body = ToProxy(request, columns, rows);
        return new(
            Name,
            ActivityName,
            rows.Length,
            RepeatSafety.OnlyWhenUnapplied,
            async (port, header) => ToResult((await port.importToListAsync(new(header, body)).ConfigureAwait(false))?.successImportToList));
    }

    internal static (string[] Columns, string[][] Rows) Validate(ImportToListRequest request)
    {
        RequestGuard.Field(request.ProgramName, nameof(request.ProgramName), ParamName, required: true);
        RequestGuard.Field(request.ListName, nameof(request.ListName), ParamName, required: true);
        RequestGuard.Field(request.CampaignName, nameof(request.CampaignName), ParamName, required: false);
        if (!Enum.IsDefined(request.Mode))
        {
            throw RequestGuard.InvalidRequest("The request's Mode is not a defined ImportListMode value.", ParamName, nameof(request.Mode));
        }

        var columns = ImportToListRules.Columns(request.Columns, ParamName);
        if (request.CampaignName is null && Array.Find(columns, ImportToListRules.IsTokenColumn) is { } token)
        {
            throw RequestGuard.InvalidRequest(
                $"The request has the token column {token} but no CampaignName; token values are for one campaign's next run, so name it.",
                ParamName,
                nameof(request.CampaignName));
        }

        return (columns, ImportToListRules.Rows(request.Rows, columns, ParamName));
    }

    internal static Proxy.ParamsImportToList ToProxy(ImportToListRequest request, string[] columns, string[][] rows)
    {
        var lines = new string[rows.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = ImportFileLines.Line(rows[i]);
        }

        return new()
        {
            programName = request.ProgramName,
            importFileHeader = ImportFileLines.Line(columns),
            importFileRows = lines,
            importListMode = request.Mode == ImportListMode.ListOnly ? Proxy.ImportToListModeEnum.LISTONLY : Proxy.ImportToListModeEnum.UPSERTLEADS,
            listName = request.ListName,
            clearList = request.ClearList,
            campaignName = request.CampaignName,
        };
    }

    internal static ImportToListResult ToResult(Proxy.SuccessImportToList? answer)
    {
        var text = AnswerGuard.Required(answer?.result, "result", Name).importStatus ?? string.Empty;
        return new ImportToListResult(ParseStatus(text), text);
    }

    /// <summary>The state word as an enum; a word the library does not know is <see cref="ImportToListStatus.Unknown"/>, not a failure.</summary>
    internal static ImportToListStatus ParseStatus(string text) => text switch
    {
        "PROCESSING" => ImportToListStatus.Processing,
        "COMPLETE" => ImportToListStatus.Complete,
        "FAILED" => ImportToListStatus.Failed,
        "CANCELED" => ImportToListStatus.Canceled,
        _ => ImportToListStatus.Unknown,
    };
}
