using System.ServiceModel;
using System.Xml.Serialization;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Tests.Generated;

// Proxy shapes that a regeneration without the departures would produce, for the checker to meet.
public partial class WsdlProxyAgreementTests
{
    private const string Tns = "http://www.marketo.com/mktows/";

    /// <summary>SyncStatus as svcutil emits it: leadId a plain int, status typed as the WSDL's enumeration, not read as a string.</summary>
    [XmlType("SyncStatus", Namespace = Tns)]
    public class SvcutilSyncStatus
    {
        [XmlElement(Form = System.Xml.Schema.XmlSchemaForm.Unqualified, Order = 0)]
        public int leadId { get; set; }

        [XmlElement(Form = System.Xml.Schema.XmlSchemaForm.Unqualified, Order = 1)]
        public LeadSyncStatus status { get; set; }

        [XmlElement(Form = System.Xml.Schema.XmlSchemaForm.Unqualified, IsNullable = true, Order = 2)]
        public string? error { get; set; }
    }

    [XmlType(Namespace = Tns)]
    public enum LeadSyncStatus
    {
        CREATED,
        UPDATED,
        FAILED,
    }

    /// <summary>Attrib written wrongly: value placed first (and spelt Value), name left in the default, qualified form.</summary>
    [XmlType("Attrib", Namespace = Tns)]
    public class WrongAttrib
    {
        [XmlElement(Order = 1)]
        public string? name { get; set; }

        [XmlElement(Form = System.Xml.Schema.XmlSchemaForm.Unqualified, Order = 0)]
        public string? Value { get; set; }
    }

    /// <summary>The service side as svcutil emits it without --internal: every type public.</summary>
    public static class AllPublicServiceSide
    {
        public static readonly Type[] Types = [typeof(MktowsPort), typeof(SyncMObjectsRequest), typeof(SyncMObjectsResponse), typeof(SyncMultipleLeadsRequest), typeof(SyncMultipleLeadsResponse)];

        [ServiceContract(Namespace = Tns, Name = "MktowsPort")]
        public interface MktowsPort
        {
            [OperationContract(Action = Tns + "syncMObjects", ReplyAction = "*")]
            [XmlSerializerFormat(SupportFaults = true)]
            Task<SyncMObjectsResponse> syncMObjectsAsync(SyncMObjectsRequest request);

            [OperationContract(Action = Tns + "syncMultipleLeads", ReplyAction = "*")]
            [XmlSerializerFormat(SupportFaults = true)]
            Task<SyncMultipleLeadsResponse> syncMultipleLeadsAsync(SyncMultipleLeadsRequest request);
        }

        [MessageContract(IsWrapped = false)]
        public class SyncMObjectsRequest
        {
            [MessageHeader(Namespace = Tns)]
            public Proxy.AuthenticationHeaderInfo? AuthenticationHeader;

            [MessageBodyMember(Namespace = Tns, Order = 0)]
            public Proxy.ParamsSyncMObjects? paramsSyncMObjects;
        }

        [MessageContract(IsWrapped = false)]
        public class SyncMObjectsResponse
        {
            [MessageBodyMember(Namespace = Tns, Order = 0)]
            public Proxy.SuccessSyncMObjects? successSyncMObjects;
        }

        [MessageContract(IsWrapped = false)]
        public class SyncMultipleLeadsRequest
        {
            [MessageHeader(Namespace = Tns)]
            public Proxy.AuthenticationHeaderInfo? AuthenticationHeader;

            [MessageBodyMember(Namespace = Tns, Order = 0)]
            public Proxy.ParamsSyncMultipleLeads? paramsSyncMultipleLeads;
        }

        [MessageContract(IsWrapped = false)]
        public class SyncMultipleLeadsResponse
        {
            [MessageBodyMember(Namespace = Tns, Order = 0)]
            public Proxy.SuccessSyncMultipleLeads? successSyncMultipleLeads;
        }
    }
}
