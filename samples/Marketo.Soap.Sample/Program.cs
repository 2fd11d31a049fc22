// Syncs the leads in leads.csv and adds a month of cost to a Program, then prints what Marketo did.
//
// With no endpoint configured, it starts the Marketo emulator in-process and talks to that.
// To talk to another server, give its endpoint, user id, key and Program, on the command line
//   dotnet run --project samples/Marketo.Soap.Sample -- --endpoint https://… --user-id … --encryption-key … --program-id 1970
// or as environment variables MARKETO__ENDPOINT, MARKETO__USERID, MARKETO__ENCRYPTIONKEY, SAMPLE__PROGRAMID.
// --help prints the usage. Exit codes: 0 all synced, 1 records or Marketo failed, 2 usage or configuration.
using Marketo.Soap.Sample;

return await SampleRun.RunAsync(args, Console.Out, Console.Error);
