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
                throw RequestGuard.RepeatedKey(objects, i, "Id", static (earlier, later) => earlier.Type == later.Type && earlier.Id == later.Id, record.Type, paramName);
            }

            if (record.ExternalKey is { } key && !(externalKeys ??= []).Add((record.Type, key.Name, key.Value)))
            {
                throw RequestGuard.RepeatedKey(objects, i, "ExternalKey", static (earlier, later) => earlier.Type == later.Type && earlier.ExternalKey == later.ExternalKey, record.Type, paramName);
            }
        }
    }
}
