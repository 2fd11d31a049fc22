using Microsoft.Extensions.Options;

namespace Marketo.Soap.Configuration;

/// <summary>Checks <see cref="MarketoSoapOptions"/> and reports every problem at once.</summary>
internal sealed class MarketoSoapOptionsValidator : IValidateOptions<MarketoSoapOptions>
{
    public ValidateOptionsResult Validate(string? name, MarketoSoapOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.Endpoint is null)
        {
            failures.Add("Endpoint is required, for example https://123-ABC-456.mktoapi.com/soap/mktows/2_3.");
        }
        else if (!options.Endpoint.IsAbsoluteUri)
        {
            failures.Add("Endpoint must be an absolute URI.");
        }
        else if (options.Endpoint.Scheme == Uri.UriSchemeHttp && !options.Endpoint.IsLoopback)
        {
            // The signature and the lead data would cross the network in clear text.
            failures.Add("Endpoint must use https; plain http is allowed only for a loopback host such as an emulator.");
        }
        else if (options.Endpoint.Scheme != Uri.UriSchemeHttps && options.Endpoint.Scheme != Uri.UriSchemeHttp)
        {
            failures.Add("Endpoint must be an https URI.");
        }

        if (string.IsNullOrWhiteSpace(options.UserId))
        {
            failures.Add("UserId is required (the SOAP user id from Admin > Web Services).");
        }

        if (string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            failures.Add("EncryptionKey is required (the SOAP encryption key from Admin > Web Services).");
        }

        if (options.Timeout < MarketoSoapDefaults.MinTimeout || options.Timeout > MarketoSoapDefaults.MaxTimeout)
        {
            failures.Add($"Timeout must be between {MarketoSoapDefaults.MinTimeout} and {MarketoSoapDefaults.MaxTimeout}; it is {options.Timeout}.");
        }

        if (options.MaxConcurrentCalls is < 1 or > MarketoSoapDefaults.MaxConcurrentCalls)
        {
            failures.Add($"MaxConcurrentCalls must be between 1 and {MarketoSoapDefaults.MaxConcurrentCalls} (Marketo's limit); it is {options.MaxConcurrentCalls}.");
        }

        ValidateRetry(options.Retry, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateRetry(MarketoSoapRetryOptions? retry, List<string> failures)
    {
        if (retry is null)
        {
            failures.Add("Retry is required; set MaxRetryAttempts to 0 to never repeat a call.");
            return;
        }

        if (retry.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"Retry.MaxRetryAttempts must be between 0 and 10; it is {retry.MaxRetryAttempts}.");
        }

        if (retry.BaseDelay < TimeSpan.Zero || retry.BaseDelay > TimeSpan.FromMinutes(5))
        {
            failures.Add($"Retry.BaseDelay must be between 0 and 5 minutes; it is {retry.BaseDelay}.");
        }

        if (retry.MaxDelay < retry.BaseDelay)
        {
            failures.Add($"Retry.MaxDelay ({retry.MaxDelay}) must be at least Retry.BaseDelay ({retry.BaseDelay}).");
        }
    }
}
