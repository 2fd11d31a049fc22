using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>deleteMObjects: removes opportunities and roles by id, answering one <c>mObjStatus</c> per object in request order (operations facts §6.2).</summary>
/// <remarks>
/// <para>DELETED when the object existed; UNCHANGED when no object of that type has the id, the
/// reading the facts give of the documented but undefined UNCHANGED ("probably already gone");
/// FAILED with an <c>error</c> for a type Marketo does not delete (anything but Opportunity and
/// OpportunityPersonRole, Program included) or an object without an id, which the docs require.</para>
/// <para>An opportunity takes its roles with it (see <see cref="MarketoEmulatorStore.RemoveOpportunityLocked"/>).
/// The status is written as syncMObjects writes its own: the id sent (0 when none), an external
/// key only if one was sent, an <c>error</c> only on failure; whether Marketo accepts
/// an external key instead of an id is unknown, and the emulator does not.</para>
/// </remarks>
internal sealed class DeleteMObjectsOperation
{
    private readonly MarketoEmulatorStore _store;
    private readonly int _maxObjectsPerCall;

    public DeleteMObjectsOperation(MarketoEmulatorStore store, int maxObjectsPerCall)
    {
        _store = store;
        _maxObjectsPerCall = maxObjectsPerCall;
    }

    /// <summary>Applies <c>paramsDeleteMObjects</c> to the store and returns <c>successDeleteMObjects</c>.</summary>
    /// <exception cref="SoapFault">
    /// 20110 for more objects than syncMObjects allows: Marketo documents no limit for deletes, so
    /// both the limit and the code are emulator assumptions.
    /// </exception>
    public XElement Execute(XElement parameters)
    {
        var objects = parameters.Element("mObjectList")!.Elements("mObject").Select(MObjectInput.Read).ToList();
        if (objects.Count > _maxObjectsPerCall)
        {
            throw SoapFault.Marketo(20110, string.Create(CultureInfo.InvariantCulture, $"deleteMObjects operation failed: {objects.Count} MObjects exceed the limit of {_maxObjectsPerCall} per call"));
        }

        lock (_store.Gate)
        {
            return new XElement(
                SoapNames.Mktows + "successDeleteMObjects",
                new XElement("result", new XElement("mObjStatusList", objects.Select(o => SyncMObjectsOperation.ToXml(o, Delete(o))))));
        }
    }

    private MObjectOutcome Delete(MObjectInput input)
    {
        if (input.Type is not ("Opportunity" or "OpportunityPersonRole"))
        {
            return MObjectOutcome.Failed(input.Id ?? 0, $"deleteMObjects deletes Opportunity and OpportunityPersonRole objects, not '{input.Type}'");
        }

        if (input.Id is not { } id)
        {
            return MObjectOutcome.Failed(0, $"An {input.Type} to delete needs its id");
        }

        var removed = input.Type == "Opportunity" ? _store.RemoveOpportunityLocked(id) : _store.RemoveRoleLocked(id);
        return removed ? MObjectOutcome.Deleted(id) : MObjectOutcome.Unchanged(id);
    }
}
