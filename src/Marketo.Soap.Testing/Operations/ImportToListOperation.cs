using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Internal;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>
/// importToList: queues an import of CSV-shaped rows into a program's static list and answers
/// <c>PROCESSING</c> at once (operations facts §8.1); <see cref="ListImportRun"/> does the work on the
/// store's clock.
/// </summary>
/// <remarks>
/// The list is the static list named <c>Program.List</c> (how the store names a list inside a
/// program), matched ignoring case. An import waits <see cref="EmulatorDefaults.ImportQueueTime"/>
/// queued, then runs <see cref="EmulatorDefaults.ImportTimePerRow"/> per row; its rows reach the store
/// when it ends. Problems with the file (an unknown column, no Email Address column, a bad row) show
/// later in getImportToListStatus, as Marketo reports failed imports; problems with the call's
/// names are faults at once.
/// </remarks>
internal sealed class ImportToListOperation
{
    private readonly MarketoEmulatorStore _store;
    private readonly ListImportRun _run;

    public ImportToListOperation(MarketoEmulatorStore store)
    {
        _store = store;
        _run = new ListImportRun(store);
    }

    /// <exception cref="SoapFault">
    /// 20111 when the program holds no such list; 20113 when it holds no campaign named
    /// <c>campaignName</c>; 20109 when a token column comes without <c>campaignName</c>; 20110 while
    /// an earlier import into the list is still processing.
    /// </exception>
    public XElement Execute(XElement parameters)
    {
        var programName = ((string)parameters.Element("programName")!).Trim();
        var listName = ((string)parameters.Element("listName")!).Trim();
        var header = (string)parameters.Element("importFileHeader")!;
        var rows = parameters.Element("importFileRows")!.Elements("stringItem").Select(r => (string)r).ToList();
        var listOnly = ((string)parameters.Element("importListMode")!).Trim() == "LISTONLY";
        // Stryker disable once Boolean : clearList is required and not nillable, so the schema check refuses a request without it
        var clearList = WireValues.Boolean(parameters, "clearList") ?? false;
        var campaignName = WireValues.Text(parameters, "campaignName");

        lock (_store.Gate)
        {
            var fullName = $"{programName}.{listName}";
            var list = _store.FindStaticListByNameLocked(fullName)
                ?? throw SoapFault.Marketo(20111, $"List not found: program {programName} holds no static list {listName}");
            if (campaignName is not null)
            {
                CampaignLookup.ByNameLocked(_store, programName, campaignName);
            }
            else if ((ImportCsv.Split(header) ?? []).Any(ImportCsv.IsTokenColumn))
            {
                throw SoapFault.Marketo(20109, "Parameter required: campaignName, for the file's token columns");
            }

            if (_store.LatestImportLocked(list.Id) is { IsDone: false })
            {
                throw SoapFault.Marketo(20110, $"Input error: an import into list {listName} of program {programName} is still processing");
            }

            var now = _store.Clock.GetUtcNow();
            var startsAt = now + EmulatorDefaults.ImportQueueTime;
            var import = new ListImport
            {
                ListId = list.Id,
                ListName = list.Name,
                Header = header,
                Rows = rows,
                ListOnly = listOnly,
                ClearList = clearList,
                StartsAt = startsAt,
                EndsAt = _run.ReadsHeaderLocked(header) ? startsAt + (EmulatorDefaults.ImportTimePerRow * rows.Count) : startsAt,
            };
            _store.AddImportLocked(import);
            import.Timer = _store.Clock.CreateTimer(_ => _run.Finish(import), null, import.EndsAt - now, Timeout.InfiniteTimeSpan);

            return new XElement(SoapNames.Mktows + "successImportToList", new XElement("result", new XElement("importStatus", import.Status)));
        }
    }
}
