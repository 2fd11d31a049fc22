namespace Marketo.Soap.Benchmarks.Baseline;

/// <summary>The namespaces and actions of mktows 2_3 on the wire, as the baseline writes and reads them.</summary>
internal static class SoapNames
{
    public const string Envelope = "http://schemas.xmlsoap.org/soap/envelope/";
    public const string Mktows = "http://www.marketo.com/mktows/";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema";
    public const string SyncMultipleLeadsAction = "http://www.marketo.com/mktows/syncMultipleLeads";
    public const string SyncMObjectsAction = "http://www.marketo.com/mktows/syncMObjects";
}
