namespace Marketo.Soap.Tests;

/// <summary>Tests of <see cref="MarketoSoapClient"/>, one nested class per concern, one file per nested class.</summary>
public partial class MarketoSoapClientTests
{
}
