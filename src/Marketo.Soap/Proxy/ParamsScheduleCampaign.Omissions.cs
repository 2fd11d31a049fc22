namespace Marketo.Soap.Generated;

// programTokenList is nillable; the recorded request leaves it out when there are no tokens to
// override, so a null one is omitted rather than sent as nil.
public partial class ParamsScheduleCampaign
{
    /// <summary>Tells XmlSerializer to leave <c>programTokenList</c> out when it is null.</summary>
    public bool ShouldSerializeprogramTokenList() => programTokenList is not null;
}
