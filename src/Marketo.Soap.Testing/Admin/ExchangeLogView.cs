namespace Marketo.Soap.Testing.Admin;

/// <summary>The exchange log as the admin API shows it.</summary>
/// <param name="Capacity">How many calls the log keeps.</param>
/// <param name="Dropped">How many older calls it dropped to stay within that.</param>
/// <param name="Exchanges">The calls shown, oldest first.</param>
internal sealed record ExchangeLogView(int Capacity, long Dropped, IReadOnlyList<ExchangeView> Exchanges);
