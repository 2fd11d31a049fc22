using System.ServiceModel;
using System.Xml;
using Marketo.Soap.Configuration;

namespace Marketo.Soap.Transport;

/// <summary>The WCF binding Marketo's SOAP 1.1, document/literal, HTTP endpoint needs.</summary>
internal static class MarketoBinding
{
    public static BasicHttpBinding Create(Uri endpoint, TimeSpan timeout)
    {
        // BasicHttpBinding is SOAP 1.1 with no WS-Addressing headers, which is all Marketo speaks.
        var binding = new BasicHttpBinding(endpoint.Scheme == Uri.UriSchemeHttps ? BasicHttpSecurityMode.Transport : BasicHttpSecurityMode.None)
        {
            OpenTimeout = timeout,
            SendTimeout = timeout,
            ReceiveTimeout = timeout,
            CloseTimeout = timeout,
            MaxReceivedMessageSize = MarketoSoapDefaults.MaxReceivedMessageSize,
            MaxBufferSize = (int)MarketoSoapDefaults.MaxReceivedMessageSize,
            MaxBufferPoolSize = MarketoSoapDefaults.MaxBufferPoolSize,
        };

        // The message size already bounds the answer; the default 8 KB string quota would instead
        // fail an answer whose error text happens to be long.
        binding.ReaderQuotas = XmlDictionaryReaderQuotas.Max;
        return binding;
    }
}
