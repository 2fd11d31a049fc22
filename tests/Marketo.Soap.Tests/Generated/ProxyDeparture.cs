namespace Marketo.Soap.Tests.Generated;

/// <summary>A stated way in which the proxy differs from what svcutil would emit for the WSDL.</summary>
/// <param name="Name">How the departure is named in Reference.cs's header, for example <c>Departure 1</c>.</param>
internal abstract record ProxyDeparture(string Name);

/// <summary>An element the WSDL types as an enumeration, read by the proxy as a plain string.</summary>
internal sealed record EnumReadAsString(string Name, string ComplexType, string Element) : ProxyDeparture(Name);

/// <summary>The service contract, message contracts, channel and client are internal; the data types stay public.</summary>
internal sealed record ServiceSideInternal(string Name) : ProxyDeparture(Name);

/// <summary>Every public data type carries [EditorBrowsable(EditorBrowsableState.Never)], which svcutil does not emit.</summary>
internal sealed record HiddenFromEditors(string Name) : ProxyDeparture(Name);

/// <summary>The departures Reference.cs's header states, and no others.</summary>
internal static class ReferenceDepartures
{
    public static readonly IReadOnlyList<ProxyDeparture> All =
    [
        new EnumReadAsString("Departure 1", "SyncStatus", "status"),
        new EnumReadAsString("Departure 1", "MObjStatus", "status"),
        new EnumReadAsString("Departure 1", "SyncCustomObjStatus", "status"),
        new EnumReadAsString("Departure 1", "MergeStatus", "status"),
        new EnumReadAsString("Departure 1", "ResultImportToList", "importStatus"),
        new EnumReadAsString("Departure 1", "ResultGetImportToListStatus", "status"),
        new ServiceSideInternal("Departure 2"),
        new HiddenFromEditors("Departure 3"),
    ];
}
