using Marketo.Soap.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>The public constructor checks its options before building anything.</summary>
    public class Construction
    {
        [Fact]
        public void Constructor_IncompleteOptions_ThrowsOptionsValidationListingEveryProblem()
        {
            var exception = Assert.Throws<OptionsValidationException>(() => new MarketoSoapClient(new MarketoSoapOptions()));

            Assert.Equal(3, exception.Failures.Count()); // endpoint, user id, key
            Assert.Equal(typeof(MarketoSoapOptions), exception.OptionsType);
        }

        [Fact]
        public void Constructor_HttpEndpointOnRemoteHost_ThrowsOptionsValidation()
        {
            var options = SeedCredentials.Options();
            options.Endpoint = new Uri("http://100-AEK-913.mktoapi.com/soap/mktows/2_3");

            var exception = Assert.Throws<OptionsValidationException>(() => new MarketoSoapClient(options));

            Assert.StartsWith("Endpoint must use https", Assert.Single(exception.Failures));
        }

        [Fact]
        public void Constructor_NullOptions_ThrowsArgumentNull()
        {
            Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new MarketoSoapClient(null!)).ParamName);
        }
    }
}
