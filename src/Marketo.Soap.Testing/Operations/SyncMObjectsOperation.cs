using System.Globalization;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>syncMObjects: applies each <c>mObject</c> in order and answers one <c>mObjStatus</c> per object.</summary>
/// <remarks>
/// Results can be partial (contract facts §2.7): one object failing does not stop the others.
/// Objects are applied one after another, so an OpportunityPersonRole can name an Opportunity that
/// an earlier object of the same call created.
/// </remarks>
internal sealed class SyncMObjectsOperation
{
    private readonly MarketoEmulatorStore _store;
    private readonly int _maxObjectsPerCall;
    private readonly ProgramSync _programs;
    private readonly OpportunitySync _opportunities;
    private readonly OpportunityPersonRoleSync _roles;

    public SyncMObjectsOperation(MarketoEmulatorStore store, int maxObjectsPerCall)
    {
        _store = store;
        _maxObjectsPerCall = maxObjectsPerCall;
        _programs = new ProgramSync(store);
        _opportunities = new OpportunitySync(store);
        _roles = new OpportunityPersonRoleSync(store);
    }

    /// <summary>Applies <c>paramsSyncMObjects</c> to the store and returns <c>successSyncMObjects</c>.</summary>
    /// <exception cref="SoapFault">
    /// 20110 for more objects than allowed: Marketo documents the limit of 100 but not the fault it
    /// answers with, so the code is an emulator assumption.
    /// </exception>
    public XElement Execute(XElement parameters)
    {
        var objects = parameters.Element("mObjectList")!.Elements("mObject").Select(MObjectInput.Read).ToList();
        if (objects.Count > _maxObjectsPerCall)
        {
            throw SoapFault.Marketo(20110, string.Create(CultureInfo.InvariantCulture, $"syncMObjects operation failed: {objects.Count} MObjects exceed the limit of {_maxObjectsPerCall} per call"));
        }

        var mode = Enum.Parse<SyncMode>((string)parameters.Element("operation")!, ignoreCase: true);
        lock (_store.Gate)
        {
            var statuses = objects.Select(o => ToXml(o, Sync(o, mode))).ToList();
            return new XElement(
                SoapNames.Mktows + "successSyncMObjects",
                new XElement("result", new XElement("mObjStatusList", statuses)));
        }
    }

    private MObjectOutcome Sync(MObjectInput input, SyncMode mode) => input.Type switch
    {
        "Program" => _programs.Sync(input, mode),
        "Opportunity" => _opportunities.Sync(input, mode),
        "OpportunityPersonRole" => _roles.Sync(input, mode),
        var other => MObjectOutcome.Failed(input.Id ?? 0, $"Unknown MObject type '{other}'; expected Program, Opportunity or OpportunityPersonRole"),
    };

    /// <summary>
    /// The request's external key is echoed when it sent one (facts §2.5); <c>error</c> is written
    /// only on failure and is never nil, since 2_3's schema does not make it nillable.
    /// </summary>
    internal static XElement ToXml(MObjectInput input, MObjectOutcome outcome) => new(
        "mObjStatus",
        new XElement("id", outcome.Id),
        input.ExternalKey is { } key ? new XElement("externalKey", new XElement("name", key.Name), new XElement("value", key.Value)) : null,
        new XElement("status", outcome.Status),
        outcome.Status == "FAILED" ? new XElement("error", outcome.Error) : null);
}
