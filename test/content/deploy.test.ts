import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateSmapi } from './smapiTypes';

/** The ASK CLI deploy files: the CloudFormation template parses and names exactly what it should. */
const template = JSON.parse(readFileSync('infrastructure/cfn-deployer/skill-stack.json', 'utf8'));
const resources = template.Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>;

describe('deploy files', () => {
  it('ask-resources.json deploys with the CloudFormation deployer and the template', () => {
    const ask = JSON.parse(readFileSync('ask-resources.json', 'utf8'));
    const profile = ask.profiles.default;
    expect(profile.skillMetadata.src).toBe('./skill-package');
    expect(profile.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(profile.skillInfrastructure.userConfig.runtime).toBe('nodejs22.x');
    expect(profile.skillInfrastructure.userConfig.templatePath).toBe('./infrastructure/cfn-deployer/skill-stack.json');
    expect(statSync('hooks/build.sh').mode & 0o111).not.toBe(0);
    expect(existsSync('hooks/build.ps1')).toBe(true);
  });

  it('the code folder exists in a fresh clone: dist/ keeps a committed README.md (the CLI checks src before the build hook)', () => {
    const ask = JSON.parse(readFileSync('ask-resources.json', 'utf8'));
    expect(ask.profiles.default.code.default.src).toBe('./dist');
    expect(readFileSync('.gitignore', 'utf8').split('\n')).toEqual(expect.arrayContaining(['dist/*', '!dist/README.md']));
    expect(existsSync('dist/README.md')).toBe(true);
  });

  it('the function has no explicit name, and the names the template makes fit their limits for any stack name', () => {
    const fn = resources.SkillFunction!.Properties;
    expect(fn.FunctionName).toBeUndefined();
    // CloudFormation stack names are at most 128 characters; a log group name at most 512.
    const logGroupName = (resources.SkillLogGroup!.Properties.LogGroupName as { 'Fn::Sub': string })['Fn::Sub'];
    expect(logGroupName.replace('${AWS::StackName}', 'x'.repeat(128)).length).toBeLessThanOrEqual(512);
    expect(resources.SkillFunctionRole!.Properties.RoleName).toBeUndefined();
    expect(resources.StateTable!.Properties.TableName).toBeUndefined();
  });

  it('the log group outlives the stack (Retain on delete and on replace) and keeps 30 days; the function logs in Lambda\'s JSON format', () => {
    const logGroup = template.Resources.SkillLogGroup;
    expect(logGroup).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain', Properties: { RetentionInDays: 30 } });
    expect(resources.SkillFunction!.Properties.LoggingConfig).toEqual({ LogGroup: { Ref: 'SkillLogGroup' }, LogFormat: 'JSON', ApplicationLogLevel: 'INFO', SystemLogLevel: 'INFO' });
  });

  const cfnLint = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  it.runIf(cfnLint.status === 0)('passes cfn-lint with no errors or warnings (when cfn-lint is on PATH)', () => {
    const lint = spawnSync('cfn-lint', ['infrastructure/cfn-deployer/skill-stack.json'], { encoding: 'utf8' });
    expect(`${lint.stdout}${lint.stderr}`).toBe('');
    expect(lint.status).toBe(0);
  });

  it('names exactly the function, the table, the role, the log group and Alexa\'s invoke permission', () => {
    expect(Object.fromEntries(Object.entries(resources).map(([name, r]) => [name, r.Type]))).toEqual({
      StateTable: 'AWS::DynamoDB::Table',
      SkillLogGroup: 'AWS::Logs::LogGroup',
      SkillFunctionRole: 'AWS::IAM::Role',
      SkillFunction: 'AWS::Lambda::Function',
      AlexaInvokePermission: 'AWS::Lambda::Permission',
    });
    expect(template.Outputs.SkillEndpoint.Value).toEqual({ 'Fn::GetAtt': ['SkillFunction', 'Arn'] });
  });

  it('the table is on-demand with point-in-time recovery, keyed by id', () => {
    const table = resources.StateTable!.Properties;
    expect(table.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.KeySchema).toEqual([{ AttributeName: 'id', KeyType: 'HASH' }]);
  });

  it('the function runs nodejs22.x with the table name in its environment', () => {
    const fn = resources.SkillFunction!.Properties as { Environment: { Variables: Record<string, unknown> }; Role: unknown };
    expect(template.Parameters.LambdaRuntime.Default).toBe('nodejs22.x');
    expect(fn.Environment.Variables.DYNAMODB_TABLE).toEqual({ Ref: 'StateTable' });
    expect(fn.Role).toEqual({ 'Fn::GetAtt': ['SkillFunctionRole', 'Arn'] });
  });

  it('the role may only read and write that table\'s items and write its own logs', () => {
    const policies = (resources.SkillFunctionRole!.Properties.Policies as { PolicyDocument: { Statement: { Action: string[]; Resource: unknown }[] } }[]).flatMap(
      (p) => p.PolicyDocument.Statement,
    );
    expect(policies).toEqual([
      { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'], Resource: { 'Fn::GetAtt': ['StateTable', 'Arn'] } },
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::Sub': '${SkillLogGroup.Arn}' } },
    ]);
    expect(resources.SkillFunctionRole!.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('skill.json passes Amazon\'s SMAPI schema (ask-smapi-model/spec.json) with unknown fields refused; the deployer fills in the endpoint', () => {
    const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8'));
    expect(validateSmapi(manifest, 'v1.skill.Manifest.SkillManifestEnvelope')).toEqual([]);
    expect(manifest.manifest.manifestVersion).toBe('1.0');
    expect(manifest.manifest.apis.custom.endpoint).toBeUndefined();
    // The checker refuses what HEAD had: manifestVersion beside `manifest`, and a made-up field.
    expect(validateSmapi({ ...manifest, manifestVersion: '1.0' }, 'v1.skill.Manifest.SkillManifestEnvelope')).toEqual(['$.manifestVersion: not a field of v1.skill.Manifest.SkillManifestEnvelope']);
    const custom = { ...manifest.manifest.apis.custom, endpoints: {} };
    expect(validateSmapi({ manifest: { ...manifest.manifest, apis: { custom } } }, 'v1.skill.Manifest.SkillManifestEnvelope')).toEqual(['$.manifest.apis.custom.endpoints: not a field of v1.skill.Manifest.CustomApis']);
    const placeholder = { ...manifest.manifest.apis.custom, endpoint: { uri: 'lambda:massage-coach' } };
    expect(validateSmapi({ manifest: { ...manifest.manifest, apis: { custom: placeholder } } }, 'v1.skill.Manifest.SkillManifestEnvelope')).toEqual(['$.manifest.apis.custom.endpoint.uri: does not match ^(arn|https://)']);
    const unknownInterface = { ...manifest.manifest.apis.custom, interfaces: [{ type: 'HOLOGRAM' }] };
    expect(validateSmapi({ manifest: { ...manifest.manifest, apis: { custom: unknownInterface } } }, 'v1.skill.Manifest.SkillManifestEnvelope')).toEqual(['$.manifest.apis.custom.interfaces[0]: type "HOLOGRAM" is none of v1.skill.Manifest.Interface\'s kinds']);
  });

  it('only Alexa, for this skill, may invoke the function', () => {
    expect(resources.AlexaInvokePermission!.Properties).toMatchObject({ Principal: 'alexa-appkit.amazon.com', EventSourceToken: { Ref: 'SkillId' } });
  });
});
