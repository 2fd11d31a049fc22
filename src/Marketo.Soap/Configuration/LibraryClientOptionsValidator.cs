using Microsoft.Extensions.Options;

namespace Marketo.Soap.Configuration;

/// <summary>
/// Validates <see cref="MarketoSoapOptions"/> from the container (and so at host start) only when
/// the container's <see cref="IMarketoSoapClient"/> is the library's client.
/// </summary>
/// <remarks>
/// An application that registered its own <see cref="IMarketoSoapClient"/> (a fake, a decorator
/// built by hand) may have no Marketo configuration at all, and its host must still start. A
/// <see cref="MarketoSoapClient"/> resolved directly still checks its options when it is built.
/// </remarks>
internal sealed class LibraryClientOptionsValidator(MarketoSoapClientRegistration registration) : IValidateOptions<MarketoSoapOptions>
{
    private readonly MarketoSoapOptionsValidator _validator = new();

    public ValidateOptionsResult Validate(string? name, MarketoSoapOptions options) =>
        registration.LibraryClientInUse ? _validator.Validate(name, options) : ValidateOptionsResult.Skip;
}
