namespace Marketo.Soap.Hosting;

/// <summary>
/// The HTTP handlers registered for one client, kept as named options under the client's name so
/// each instance has its own list.
/// </summary>
internal sealed class RegisteredHttpHandlers
{
    /// <summary>Make each handler from the container, outermost first.</summary>
    public List<Func<IServiceProvider, DelegatingHandler>> Factories { get; } = [];
}
