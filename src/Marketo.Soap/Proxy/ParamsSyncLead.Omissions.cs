namespace Marketo.Soap.Generated;

// marketoCookie is nillable; every recorded syncLead request leaves it out when there is no
// cookie, so a null one is omitted rather than sent as nil.
public partial class ParamsSyncLead
{
    /// <summary>Tells XmlSerializer to leave <c>marketoCookie</c> out when it is null.</summary>
    public bool ShouldSerializemarketoCookie() => marketoCookie is not null;
}
