namespace Marketo.Soap.WorkerSample;

/// <summary>The JSON <c>/healthz</c> answers with, as <see cref="HealthJson"/> writes it.</summary>
internal sealed record HealthAnswer(string Status, Dictionary<string, HealthAnswerEntry> Entries);

/// <summary>One check's part of <see cref="HealthAnswer"/>.</summary>
internal sealed record HealthAnswerEntry(string Status, string? Description);
