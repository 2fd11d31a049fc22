using System.Globalization;

namespace Marketo.Soap.Models;

/// <summary>What <see cref="LeadActivity"/> and <see cref="LeadChange"/> both read from their details and person id.</summary>
internal static class ActivityAttributeLookup
{
    public static string? Find(IReadOnlyList<ActivityAttribute> attributes, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var attribute in attributes)
        {
            if (string.Equals(attribute.Name, name, StringComparison.Ordinal))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    public static int? LeadId(string personId) =>
        int.TryParse(personId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
