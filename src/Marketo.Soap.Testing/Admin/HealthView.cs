namespace Marketo.Soap.Testing.Admin;

/// <summary>The health endpoint's answer: the emulator is up, where, and how busy.</summary>
internal sealed record HealthView(string Status, Uri Endpoint, Uri Wsdl, string Mode, int CallsInFlight, int ExchangesLogged, long ExchangesDropped);
