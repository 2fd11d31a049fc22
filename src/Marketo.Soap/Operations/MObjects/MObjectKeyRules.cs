using System.Globalization;
using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>Refuses a call that names the same object twice, by id or by external key.</summary>
/// <remarks>
/// What Marketo does with one object twice in a call is not documented (facts §2.7 only says
/// results can be partial), and external keys are not unique in Marketo (facts §2.7), so an insert
/// of two objects with one key would leave two objects that key cannot tell apart. The caller
/// merges them into one record, or sends them in separate calls.
/// </remarks>
internal static class MObjectKeyRules
{
    /// <param name="objects">The call's objects, each already validated.</param>
    /// <param name="paramName">The request parameter's name.</param>
    public static void RefuseRepeatedKeys(MObjectRecord[] objects, string paramName)
    {
        HashSet<(string, int)>? ids = null;
        HashSet<(string, string, string)>? externalKeys = null;

        for (var i = 0; i < objects.Length; i++)
        {
            var record = objects[i];
            if (record.Id is { } id && !(ids ??= []).Add((record.Type, id)))
            {
                throw Repeated(objects, i, "Id", other => other.Type == record.Type && other.Id == id, paramName);
            }

            if (record.ExternalKey is { } key && !(externalKeys ??= []).Add((record.Type, key.Name, key.Value)))
            {
                throw Repeated(objects, i, "ExternalKey", other => other.Type == record.Type && other.ExternalKey == key, paramName);
            }
        }
    }

    private static MarketoRequestValidationException Repeated(MObjectRecord[] objects, int index, string field, Func<MObjectRecord, bool> sameKey, string paramName)
    {
        var first = Array.FindIndex(objects, 0, index, record => sameKey(record));
        return RequestGuard.Invalid(
            index,
            field,
            string.Create(CultureInfo.InvariantCulture, $"names the same {objects[index].Type} as record {first}; Marketo's handling of one object twice in a call is undocumented, so merge them into one record or send them in separate calls"),
            paramName);
    }
}
