// The app's own namespaces, one per feature folder (docs/architecture.md): every file may use any feature's types.
global using AwsKoreaDashboard.Web.Catalog;
global using AwsKoreaDashboard.Web.Data;
global using AwsKoreaDashboard.Web.Features.Briefing;
global using AwsKoreaDashboard.Web.Features.Charts;
global using AwsKoreaDashboard.Web.Features.Charts.Previews;
global using AwsKoreaDashboard.Web.Features.Exports;
global using AwsKoreaDashboard.Web.Features.Figures;
global using AwsKoreaDashboard.Web.Features.Sharing;
global using AwsKoreaDashboard.Web.Features.Since;
global using AwsKoreaDashboard.Web.Features.Urls;
global using AwsKoreaDashboard.Web.Formatting;
global using AwsKoreaDashboard.Web.Hosting;
global using AwsKoreaDashboard.Web.Hosting.Caching;
