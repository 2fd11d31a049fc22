using Microsoft.Extensions.Options;

namespace Marketo.Soap.Configuration;

/// <summary>
/// Validates <see cref="MarketoSoapOptions"/> from the container (and so at host start). The
/// unkeyed options are validated only when the container's <see cref="IMarketoSoapClient"/> is the
/// library's client; a keyed client's named options always are.
/// </summary>
/// <remarks>
/// An application that registered its own <see cref="IMarketoSoapClient"/> (a fake, a decorator
/// built by hand) may have no Marketo configuration at all, and its host must still start. A
/// <see cref="MarketoSoapClient"/> resolved directly still checks its options when it is built.
/// </remarks>
internal sealed class LibraryClientOptionsValidator(IEnumerable<MarketoSoapClientRegistration> registrations) : IValidateOptions<MarketoSoapOptions>
{
    private readonly MarketoSoapOptionsValidator _validator = new();

    // A container with only keyed clients has no registration of the unkeyed one.
    public ValidateOptionsResult Validate(string? name, MarketoSoapOptions options) =>
        name == Options.DefaultName && registrations.FirstOrDefault() is { LibraryClientInUse: false }
            ? ValidateOptionsResult.Skip
            : _validator.Validate(name, options);
}
