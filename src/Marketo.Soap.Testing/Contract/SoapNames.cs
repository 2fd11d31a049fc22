using System.Xml.Linq;

namespace Marketo.Soap.Testing.Contract;

/// <summary>The namespaces and names the emulator reads and writes.</summary>
internal static class SoapNames
{
    /// <summary>SOAP 1.1, the only version Marketo's binding declares.</summary>
    public static readonly XNamespace Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>SOAP 1.2, recognised only to answer it with a VersionMismatch fault.</summary>
    public static readonly XNamespace Soap12 = "http://www.w3.org/2003/05/soap-envelope";

    /// <summary>Marketo's target namespace, trailing slash included. Only global elements are in it.</summary>
    public static readonly XNamespace Mktows = "http://www.marketo.com/mktows/";

    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";

    public static readonly XNamespace WsdlSoap = "http://schemas.xmlsoap.org/wsdl/soap/";

    public static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    public static readonly XName Envelope = Soap11 + "Envelope";

    public static readonly XName Header = Soap11 + "Header";

    public static readonly XName Body = Soap11 + "Body";

    public static readonly XName Fault = Soap11 + "Fault";

    public static readonly XName MustUnderstand = Soap11 + "mustUnderstand";

    public static readonly XName Nil = Xsi + "nil";

    /// <summary>The prefixes Marketo's own answers use; any prefix means the same, but these keep answers recognisable.</summary>
    public const string EnvelopePrefix = "SOAP-ENV";

    public const string MktowsPrefix = "ns1";

    public const string XsiPrefix = "xsi";
}
