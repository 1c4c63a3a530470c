import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { cleanDisplayName, MAX_DISPLAY_NAME_LENGTH } from '../../shared/sync/displayName';
import { normalizeHubUrl } from '../../shared/sync/hubAddress';
import { formatJoinCode, parseJoinCode } from '../../shared/sync/joinCode';
import {
  SYNC_SERVER_URL_EXAMPLE,
  syncServerUrlSchema,
  workshopLinkSchema,
} from '../../shared/sync/syncServerSchemas';
import { useAppServices } from '../app/AppServices';
import { navigate } from '../app/route';
import { loadDeviceIdentity, saveDisplayName } from '../storage/deviceIdentity';
import { joinHubAndRemember, lastHubUrl } from './hubSession';
import { receiveHostedWorkshops } from './joinWorkshops';
import { NearbyHubList } from './NearbyHubList';
import { joinThroughSyncServer } from './syncServerSession';
import './sync.css';
import { errorMessage } from '../../shared/errorMessage';

interface Props {
  /** Prefilled from a join link. */
  hubUrl?: string;
  joinCode?: string;
  onClose: () => void;
}

/** A laptop in the room (its hub, with a join code), or a sync server beyond the room. */
type Where = 'room' | 'server';

const REFUSALS: Record<string, string> = {
  'wrong-join-code': 'Wrong join code. Check it with the host and try again.',
  'too-many-attempts': 'Too many wrong codes from this laptop; wait a minute and try again.',
  unreachable:
    'No hub answers at that address. Check the address and that you are on the same network.',
  'not-a-hub': 'Something answers at that address, but it is not an Obeya hub.',
};

/**
 * Joins a workshop hosted on another laptop in the room — chosen from the hubs announced on the
 * network, or by typing its address — with its join code; or one shared through a sync server.
 */
export function JoinDialog(props: Props) {
  const services = useAppServices();
  const dialog = useRef<HTMLDialogElement>(null);
  const joinCodeInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const [where, setWhere] = useState<Where>('room');
  const [hubUrl, setHubUrl] = useState(props.hubUrl ?? '');
  const [joinCode, setJoinCode] = useState(props.joinCode ? formatJoinCode(props.joinCode) : '');
  const [serverUrl, setServerUrl] = useState('');
  const [workshopLink, setWorkshopLink] = useState('');
  const [peerName, setPeerName] = useState('');
  const [message, setMessage] = useState<string>();
  const [joining, setJoining] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
    void loadDeviceIdentity(services.db).then((identity) =>
      setPeerName((name) => name || identity.displayName),
    );
  }, [services.db]);

  // Joining again (the host gave the room a new code): only the code is new.
  useEffect(() => {
    if (props.hubUrl) return;
    void lastHubUrl(services.db).then((last) => {
      if (!last) return;
      setHubUrl((typed) => typed || last);
      joinCodeInput.current?.focus();
    });
  }, [services.db, props.hubUrl]);

  const joinRoom = async () => {
    const url = normalizeHubUrl(hubUrl);
    const code = parseJoinCode(joinCode);
    if (!url) return setMessage('That is not a hub address (for example 192.168.1.20:5190).');
    if (!code) return setMessage('A join code has 8 letters and digits, like K7Q2-M9XD.');
    if (cleanDisplayName(peerName) === '')
      return setMessage('Your name tells the others who is editing.');
    setJoining(true);
    setMessage(undefined);
    await saveDisplayName(services.db, peerName);
    await joinHubAndRemember(services, {
      hubUrl: url,
      joinCode: code,
      peerName: cleanDisplayName(peerName),
    });
    const stop = services.sync.subscribe((status) => {
      if (status.state === 'connected') {
        stop();
        receiveHostedWorkshops(
          services,
          status.hub.workshops.map((workshop) => workshop.url),
        ).then(
          (urls) => {
            dialog.current?.close();
            if (urls[0]) navigate({ name: 'workshop', workshopUrl: urls[0] });
          },
          (error: unknown) => {
            setJoining(false);
            setMessage(errorMessage(error));
          },
        );
      } else if (
        status.state === 'refused' ||
        (status.state === 'offline' && status.reason !== 'disconnected')
      ) {
        stop();
        setJoining(false);
        setMessage(REFUSALS[status.reason] ?? 'The hub refused to connect.');
        if (status.state === 'offline') services.sync.leave();
      }
    });
  };

  const joinServer = async () => {
    const server = syncServerUrlSchema.safeParse(serverUrl);
    const workshop = workshopLinkSchema.safeParse(workshopLink);
    if (!server.success) return setMessage(server.error.issues[0]?.message);
    if (!workshop.success) return setMessage(workshop.error.issues[0]?.message);
    if (cleanDisplayName(peerName) === '')
      return setMessage('Your name tells the others who is editing.');
    setJoining(true);
    setMessage(undefined);
    await saveDisplayName(services.db, peerName);
    try {
      await joinThroughSyncServer(services, { serverUrl: server.data, workshopUrl: workshop.data });
    } catch (error) {
      setJoining(false);
      setMessage(errorMessage(error));
      return;
    }
    dialog.current?.close();
    navigate({ name: 'workshop', workshopUrl: workshop.data });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void (where === 'room' ? joinRoom() : joinServer());
  };

  const field = (
    name: string,
    label: string,
    value: string,
    set: (value: string) => void,
    input: { placeholder?: string; ref?: Ref<HTMLInputElement>; maxLength?: number } = {},
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        ref={input.ref}
        value={value}
        placeholder={input.placeholder}
        maxLength={input.maxLength}
        onChange={(event) => set(event.target.value)}
      />
    </div>
  );

  const whereOption = (value: Where, label: string) => (
    <label>
      <input
        type="radio"
        name={`${id}-where`}
        value={value}
        checked={where === value}
        onChange={() => {
          setWhere(value);
          setMessage(undefined);
        }}
      />{' '}
      {label}
    </label>
  );

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-heading`}
      onClose={props.onClose}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`}>Join a workshop</h2>
        <fieldset className="join-where">
          <legend>Where is the workshop?</legend>
          {whereOption('room', 'On a laptop in this room')}
          {whereOption('server', 'On a sync server')}
        </fieldset>
        {where === 'room' ? (
          <>
            <NearbyHubList
              chosenUrl={normalizeHubUrl(hubUrl) ?? ''}
              onChoose={(hub) => {
                setHubUrl(hub.hubUrl);
                joinCodeInput.current?.focus();
              }}
            />
            {field('hub', 'Hub address', hubUrl, setHubUrl, {
              placeholder: 'e.g. 192.168.1.20:5190',
            })}
            {field('code', 'Join code', joinCode, setJoinCode, {
              placeholder: 'K7Q2-M9XD',
              ref: joinCodeInput,
            })}
          </>
        ) : (
          <>
            {field('server', 'Sync server address', serverUrl, setServerUrl, {
              placeholder: SYNC_SERVER_URL_EXAMPLE,
            })}
            {field('link', 'Workshop link', workshopLink, setWorkshopLink, {
              placeholder: 'automerge:…',
            })}
          </>
        )}
        {field('name', 'Your name', peerName, setPeerName, { maxLength: MAX_DISPLAY_NAME_LENGTH })}
        {message && (
          <p className="field-error" role="alert">
            {message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={joining}>
            {joining ? 'Joining…' : 'Join'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
