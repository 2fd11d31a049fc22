using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Marketo.Soap.Configuration;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>
/// Runs the whole suite with the serializer <c>MARKETO_SOAP_TEST_SERIALIZER</c> names
/// (<c>XmlSerializer</c> or <c>Generated</c>) as every client's default; unset, the library's own
/// default. <c>.ci/run</c> runs the suite once each way.
/// </summary>
internal static class SerializerUnderTest
{
    public const string Variable = "MARKETO_SOAP_TEST_SERIALIZER";

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: the choice must be made before any test builds options.")]
    internal static void Choose()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } name)
        {
            MarketoSoapDefaults.Serializer = Enum.Parse<MarketoSoapSerializer>(name, ignoreCase: true);
        }
    }
}
