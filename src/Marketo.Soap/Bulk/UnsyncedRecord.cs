namespace Marketo.Soap.Bulk;

/// <summary>A record a bulk sync read from its input but could not confirm as synced.</summary>
/// <typeparam name="TRecord">The record type: <see cref="Models.LeadRecord"/> or <see cref="Models.MObjectRecord"/>.</typeparam>
/// <param name="Index">The record's position in the input sequence.</param>
/// <param name="Record">The record as the caller passed it.</param>
/// <param name="MayHaveReachedMarketo">
/// Whether its call failed after it may have reached Marketo (a lost answer, a timeout, an internal
/// error), so Marketo may have applied it. False when it is certain nothing was applied: the call
/// was never sent, or Marketo refused it with a fault that means it did nothing.
/// </param>
public sealed record UnsyncedRecord<TRecord>(int Index, TRecord Record, bool MayHaveReachedMarketo);
