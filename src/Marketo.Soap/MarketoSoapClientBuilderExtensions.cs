using Marketo.Soap.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds HTTP handlers and start-up behaviour to one Marketo client registration.</summary>
public static class MarketoSoapClientBuilderExtensions
{
    /// <summary>
    /// Puts a <see cref="DelegatingHandler"/> resolved from the container under this client: a
    /// proxy, a client certificate, a recording handler, a resilience handler. Handlers added
    /// first sit outermost, as with <c>IHttpClientFactory</c>; all of them sit outside the handlers in
    /// <see cref="Marketo.Soap.MarketoSoapOptions.HttpHandlers"/>.
    /// </summary>
    /// <remarks>
    /// Register <typeparamref name="THandler"/> as transient: each client needs its own instance.
    /// The library's timeout and largest answer are enforced above the handlers and the socket
    /// handler beneath them keeps its redirect and proxy settings, so those rules hold whatever a
    /// handler does.
    /// </remarks>
    /// <typeparam name="THandler">The handler's type, registered in the container.</typeparam>
    /// <param name="builder">The client registration.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IMarketoSoapClientBuilder AddHttpMessageHandler<THandler>(this IMarketoSoapClientBuilder builder)
        where THandler : DelegatingHandler
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddHttpMessageHandler(provider => provider.GetRequiredService<THandler>());
    }

    /// <summary>Puts a <see cref="DelegatingHandler"/> made by <paramref name="factory"/> under this client; see <see cref="AddHttpMessageHandler{THandler}(IMarketoSoapClientBuilder)"/>.</summary>
    /// <param name="builder">The client registration.</param>
    /// <param name="factory">Makes a new handler each time it is called, once per client.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IMarketoSoapClientBuilder AddHttpMessageHandler(this IMarketoSoapClientBuilder builder, Func<IServiceProvider, DelegatingHandler> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.Configure<RegisteredHttpHandlers>(builder.Name, handlers => handlers.Factories.Add(factory));
        return builder;
    }

    /// <summary>
    /// Turns off the background warm-up that every registration starts when the host starts (see
    /// <see cref="Marketo.Soap.MarketoSoapClient.WarmUpAsync"/>). The warm-up is one per process,
    /// so this turns it off for every client in the container.
    /// </summary>
    /// <param name="builder">Any client registration of the container.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IMarketoSoapClientBuilder DisableWarmUpAtStart(this IMarketoSoapClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<WarmUpSettings>(settings => settings.Enabled = false);
        return builder;
    }
}
