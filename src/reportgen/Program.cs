using System.CommandLine;
using ReportGen;

// reportgen: render plans (KẾ HOẠCH) from YAML data and Scriban templates to DOCX.
var root = new RootCommand("ReportKit: render Vietnamese plans (KẾ HOẠCH) from YAML data and Scriban templates to DOCX laid out per NĐ 30/2020/NĐ-CP.");
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(NewDataCommand.Create());
root.Subcommands.Add(BatchCommand.Create());
root.Subcommands.Add(CloneCommand.Create());
return root.Parse(args).Invoke();
