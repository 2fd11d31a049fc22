using Marketo.Soap.Models;

namespace Marketo.Soap.Tests.Samples;

/// <summary>A contact from the application's own store.</summary>
public sealed record Contact(string Email, string FirstName);

/// <summary>What an import did: how many leads Marketo wrote, which emails it refused, and whether the quota stopped it.</summary>
public sealed record ImportReport(int Written, IReadOnlyList<string> RefusedEmails, DateTimeOffset? StoppedUntil);

/// <summary>
/// The kind of code an application writes on top of <see cref="IMarketoSoapClient"/>: it sends
/// contacts in batches Marketo accepts, and stops when the daily quota is used up.
/// </summary>
public sealed class LeadImporter(IMarketoSoapClient marketo)
{
    public async Task<ImportReport> ImportAsync(IEnumerable<Contact> contacts, CancellationToken cancellationToken = default)
    {
        var written = 0;
        var refused = new List<string>();
        foreach (var batch in contacts.Chunk(SyncMultipleLeadsRequest.MaxLeadsPerCall))
        {
            var request = new SyncMultipleLeadsRequest
            {
                Leads = [.. batch.Select(c => new LeadRecord { Email = c.Email, Attributes = [new("FirstName", c.FirstName)] })],
            };

            SyncMultipleLeadsResult result;
            try
            {
                result = await marketo.SyncMultipleLeadsAsync(request, cancellationToken);
            }
            catch (MarketoQuotaExceededException quota)
            {
                return new ImportReport(written, refused, quota.ResetsAt);
            }

            foreach (var lead in result.Results)
            {
                if (lead.Succeeded)
                {
                    written++;
                }
                else
                {
                    refused.Add(lead.Lead.Email!);
                }
            }
        }

        return new ImportReport(written, refused, StoppedUntil: null);
    }
}
