namespace Marketo.Soap.Generated;

// name is nillable; what Marketo makes of a nil name filter is not documented, so a request
// without a filter leaves the element out, which the schema allows (0..1).
public partial class ParamsGetCampaignsForSource
{
    /// <summary>Tells XmlSerializer to leave <c>name</c> out when it is null.</summary>
    public bool ShouldSerializename() => name is not null;
}
