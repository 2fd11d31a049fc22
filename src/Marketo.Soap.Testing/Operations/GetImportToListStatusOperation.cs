using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>getImportToListStatus: reports the latest import into a program's static list (operations facts §8.2).</summary>
/// <remarks>
/// While queued the import is <c>PROCESSING</c> without a <c>startedTime</c>; while running it has
/// one; when done it is <c>COMPLETE</c> or <c>FAILED</c> with <c>endedTime</c>, row counts and a
/// summary. Row counts are 0 until the import ends, when all rows are applied at once.
/// <c>estimatedTime</c> is always nil, its unit being undocumented; <c>CANCELED</c> never happens,
/// since nothing can cancel an emulated import. All emulator assumptions.
/// </remarks>
internal sealed class GetImportToListStatusOperation
{
    private readonly MarketoEmulatorStore _store;
    private readonly ListImportRun _run;

    public GetImportToListStatusOperation(MarketoEmulatorStore store)
    {
        _store = store;
        _run = new ListImportRun(store);
    }

    /// <exception cref="SoapFault">20109 when <c>programName</c> or <c>listName</c> is missing; 20111 when the program holds no such list; 20110 when nothing was ever imported into it.</exception>
    public XElement Execute(XElement parameters)
    {
        var programName = WireValues.Text(parameters, "programName")?.Trim();
        var listName = WireValues.Text(parameters, "listName")?.Trim();
        if (string.IsNullOrEmpty(programName) || string.IsNullOrEmpty(listName))
        {
            throw SoapFault.Marketo(20109, "Parameter required: programName and listName");
        }

        lock (_store.Gate)
        {
            var list = _store.FindStaticListByNameLocked($"{programName}.{listName}")
                ?? throw SoapFault.Marketo(20111, $"List not found: program {programName} holds no static list {listName}");
            var import = _store.LatestImportLocked(list.Id)
                ?? throw SoapFault.Marketo(20110, $"Input error: nothing was imported into list {listName} of program {programName}");

            // A timer that is due but has not run yet must not leave a finished import looking unfinished.
            var now = _store.Clock.GetUtcNow();
            if (now >= import.EndsAt)
            {
                _run.Finish(import);
            }

            var started = now >= import.StartsAt;
            return new XElement(
                SoapNames.Mktows + "successGetImportToListStatus",
                new XElement(
                    "result",
                    new XElement("status", import.Status),
                    Time("startedTime", started ? import.StartsAt : null),
                    Time("endedTime", import.IsDone ? import.EndsAt : null),
                    LeadRecordXml.Nil("estimatedTime"),
                    new XElement("estimatedRows", import.Rows.Count),
                    new XElement("rowsImported", import.RowsImported),
                    new XElement("rowsFailed", import.RowsFailed),
                    new XElement("rowsIgnored", import.RowsIgnored),
                    import.Summary is null ? LeadRecordXml.Nil("importSummary") : new XElement("importSummary", import.Summary)));
        }
    }

    private static XElement Time(string name, DateTimeOffset? at) =>
        at is { } value ? new XElement(name, XmlConvert.ToString(value)) : LeadRecordXml.Nil(name);
}
