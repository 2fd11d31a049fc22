namespace Marketo.Soap.Models;

/// <summary>Who may request a smart campaign (<c>ReqCampSourceType</c> on the wire).</summary>
public enum CampaignSource
{
    /// <summary>
    /// The web service API (<c>MKTOWS</c>): campaigns whose trigger is "Campaign is Requested" with
    /// source Web Service API, the only ones <see cref="IMarketoSoapClient.RequestCampaignAsync"/> can run.
    /// </summary>
    WebServiceApi,

    /// <summary>Sales Insight (<c>SALES</c>): campaigns offered to sales users.</summary>
    Sales,
}
