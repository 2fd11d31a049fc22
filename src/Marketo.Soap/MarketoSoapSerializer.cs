namespace Marketo.Soap;

/// <summary>What turns the client's SOAP messages into XML and back (<see cref="MarketoSoapOptions.Serializer"/>).</summary>
public enum MarketoSoapSerializer
{
    /// <summary>
    /// .NET's <c>XmlSerializer</c>, through WCF, as <c>dotnet-svcutil</c> proxies use it. It builds
    /// its code by reflection on each process's first call of an operation.
    /// </summary>
    XmlSerializer = 0,

    /// <summary>
    /// Forward-only XmlWriter/XmlReader code generated when the library was built from the same
    /// proxy attributes, writing the same bytes and reading the same values as XmlSerializer
    /// without building anything at run time.
    /// </summary>
    Generated = 1,
}
