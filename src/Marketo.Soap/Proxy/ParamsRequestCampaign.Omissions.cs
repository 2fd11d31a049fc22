namespace Marketo.Soap.Generated;

// Marketo accepts exactly two parameter sets, campaignId alone or programName + campaignName
// (+ programTokenList), and answers any other mix with a bad-parameter fault. Whether a nil
// element counts as "passed" is not documented, and the recorded requests leave the unused set
// out, so null members are omitted rather than sent as nil.
public partial class ParamsRequestCampaign
{
    /// <summary>Tells XmlSerializer to leave <c>leadList</c> out when it is null.</summary>
    public bool ShouldSerializeleadList() => leadList is not null;

    /// <summary>Tells XmlSerializer to leave <c>programName</c> out when it is null.</summary>
    public bool ShouldSerializeprogramName() => programName is not null;

    /// <summary>Tells XmlSerializer to leave <c>campaignName</c> out when it is null.</summary>
    public bool ShouldSerializecampaignName() => campaignName is not null;

    /// <summary>Tells XmlSerializer to leave <c>programTokenList</c> out when it is null.</summary>
    public bool ShouldSerializeprogramTokenList() => programTokenList is not null;
}
