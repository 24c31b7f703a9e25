import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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

  it('only Alexa, for this skill, may invoke the function', () => {
    expect(resources.AlexaInvokePermission!.Properties).toMatchObject({ Principal: 'alexa-appkit.amazon.com', EventSourceToken: { Ref: 'SkillId' } });
  });
});
