import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { UserFields, userFieldControls } from './user.fields';

/** As the user page holds it: the shared fields, and the profile projected into the email row. */
@Component({
  imports: [ReactiveFormsModule, UserFields],
  template: `
    <form [formGroup]="form">
      <app-user-fields [group]="form" testIdPrefix="user">
        <select formControlName="profile" data-testid="user-profile">
          <option value="Standard User">Standard User</option>
          <option value="System Administrator">System Administrator</option>
        </select>
      </app-user-fields>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostComponent {
  readonly form = new FormGroup(userFieldControls());
}

describe('UserFields', () => {
  async function draw() {
    TestBed.configureTestingModule({ imports: [HostComponent] });
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    return { fixture, host: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
  }
  const field = (el: HTMLElement, testId: string) => el.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;

  it("shows the host form's values under the prefixed test ids, the projected profile in the email row", async () => {
    const { fixture, host, el } = await draw();
    host.form.setValue({
      firstName: 'Mai',
      lastName: 'Nguyen',
      email: 'mai@demo.test',
      username: 'mai',
      profile: 'System Administrator',
      roleId: null,
    });
    await fixture.whenStable();
    expect(field(el, 'user-first-name').value).toBe('Mai');
    expect(field(el, 'user-last-name').value).toBe('Nguyen');
    expect(field(el, 'user-email').value).toBe('mai@demo.test');
    expect(field(el, 'user-username').value).toBe('mai');
    expect(field(el, 'user-profile').value).toBe('System Administrator');
    expect(field(el, 'user-profile').parentElement?.querySelector('[data-testid="user-email"]')).toBeTruthy();
  });

  it("writes what the user types into the host's form, which needs a last name and a valid email", async () => {
    const { fixture, host, el } = await draw();
    for (const [testId, value] of [
      ['user-last-name', 'Nguyen'],
      ['user-email', 'not-an-email'],
      ['user-username', 'mai'],
    ]) {
      field(el, testId).value = value;
      field(el, testId).dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();
    expect(host.form.getRawValue()).toMatchObject({ lastName: 'Nguyen', email: 'not-an-email', username: 'mai' });
    expect(host.form.controls.email.invalid).toBe(true);
    expect(host.form.controls.lastName.valid).toBe(true);
  });
});
