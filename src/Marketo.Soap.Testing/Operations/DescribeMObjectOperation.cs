using System.Xml.Linq;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>describeMObject: the metadata of one object of <see cref="MObjectCatalog"/> (operations facts §6.3).</summary>
/// <remarks>
/// Names are matched exactly. Any other name, <c>Program</c> and custom object names included, is
/// answered with 20110: the facts give that code for an unknown name, and whether Marketo describes
/// custom objects is unknown.
/// </remarks>
internal sealed class DescribeMObjectOperation
{
    private readonly MarketoEmulatorStore _store;

    public DescribeMObjectOperation(MarketoEmulatorStore store)
    {
        _store = store;
    }

    /// <exception cref="SoapFault">20110 for a name the emulator does not describe.</exception>
    public XElement Execute(XElement parameters)
    {
        var name = ((string)parameters.Element("objectName")!).Trim();
        lock (_store.Gate)
        {
            return MObjectCatalog.Describe(name, _store.CustomLeadFieldTypesLocked)
                ?? throw SoapFault.Marketo(20110, $"Input error: no object '{name}' to describe; listMObjects names those there are");
        }
    }
}
